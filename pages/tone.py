"""Tone: rhetoric of each side over time, cooperation–conflict balance, statements table."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from pages import data, filters, ui

WINDOWS = [3, 6, 12]

flt = ui.current_filter()
st.title(f"{ui.pair_title(flt)}: rhetoric and tone")


def _window(text: str) -> int:
    value = int(text)
    if value not in WINDOWS:
        raise ValueError(text)
    return value


window_key = filters.page_param("window", _window, 6)
if data.overview()["events"] == 0:
    ui.empty_database()
    ui.stop_page()
if data.count_events(flt) == 0:
    ui.empty_result(flt)
    ui.stop_page()
# Rhetoric means what was said: statements, unless the analyst chose kinds explicitly.
tone_flt = flt if flt.kinds else replace(flt, kinds=("statement",))
sides = list(flt.pair) if flt.pair else []
names = {s: data.country_name(s) for s in sides}

head, control = st.columns([4, 1])
head.caption(
    f"{ui.period_caption(flt)} · tone of {'the chosen kinds' if flt.kinds else 'statements'}"
    " grouped by the speaker's country (the side that speaks)"
)
window = control.selectbox("Rolling mean", WINDOWS, key=window_key,
                           format_func=lambda w: f"{w} months")
filters.keep_page_param("window", window, None if window == 6 else str(window))

means = data.mean_tone_by_side(tone_flt)
cols = st.columns(len(sides) + 1)
for col, side in zip(cols, sides, strict=False):
    col.metric(f"Mean tone, {names[side]} side", ui.fmt_tone(means.get(side)),
               help=ui.TONE_HELP)

tone = data.tone_by_side(tone_flt)
if tone.empty:
    st.info("No toned statements in this view: the tone chart needs statements with a tone. "
            "Widen the dates or clear the filters.", icon=":material/info:")
else:
    st.plotly_chart(data.figure("tone_figure", "tone_by_side", (tone_flt,), sides, names, window),
                    key="tone_chart")

st.plotly_chart(data.figure("quad_balance_figure", "monthly_counts", (flt,),
                            "Cooperation vs conflict per month"), key="tone_quad")

st.markdown("#### Statements")
statements = data.events(replace(flt, kinds=("statement",)), limit=2000)
if statements.empty:
    st.caption("No statements in this view.")
else:
    # what was said (the summary) beside the quote: most statements are reported speech
    ui.events_table(statements, ["date", "speaker", "summary", "quote", "tone", "source_link"],
                    height=420, widths={"date": 92, "speaker": 150, "summary": 350,
                                        "quote": 170, "tone": 58, "source_link": 48})
    ui.download_buttons(replace(flt, kinds=("statement",)), ui.file_stem(flt, "statements"),
                        key="tone")

"""Database layer: typed models, engine/session factory and the read queries the pages use."""

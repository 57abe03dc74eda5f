"""The affinity board: notes and clusters on a QGraphicsScene."""

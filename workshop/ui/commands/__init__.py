"""Undoable edits, one module per area. Each command calls services, never touches widgets."""

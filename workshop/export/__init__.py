"""Reports and data files that leave the room: the PDF, the exchange JSON, the pipeline CSV, import."""

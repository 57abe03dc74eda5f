"""The local library database. sqlite-utils is used here and nowhere else."""

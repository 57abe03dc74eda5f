"""What each command of the command line does; :mod:`workshop.cli` parses and imports one when it runs.

No Qt is imported here.
"""

"""The Qt user interface: the facilitator's console and the presenter window."""

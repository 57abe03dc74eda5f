"""The shared-screen window on the projector."""

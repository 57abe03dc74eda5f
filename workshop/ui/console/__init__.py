"""The facilitator's console for one open workshop."""

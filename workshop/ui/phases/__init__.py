"""One workspace widget per phase kind (framing, ideas, board, voting, actions)."""

"""One function per thing a facilitator does. Each runs as one transaction and returns a ChangeSet."""

"""The reviewers' web app (``trustlist serve``): sign-in, the queue, reports, decisions, the public list."""

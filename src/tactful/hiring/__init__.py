"""The hiring side: role portraits, interview kits, openings, candidates, interviews, scorecards, decisions."""

"""Events and figures: trigger lexicons, date resolution, detection per sentence, merging across documents."""

"""The regulation's deadlines as dated data (deadline_rule) and every obligation measured against them."""

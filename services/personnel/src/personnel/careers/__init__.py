"""Career clocks: salary raises, seniority beyond the frame, retirement and appointment terms (R-01..R-32)."""

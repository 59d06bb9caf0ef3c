"""Timeliness of each unit (Art. 9, 16.5, 16.6): every obligation due in a period, done on time, late,
or still open past its date; the share on time per unit, ranked; the overdue list; Excel."""

"""Invented people of a Tuyên Quang-like province with 15 years of histories (issue 12, item 7).

- `province.py`: the generator, pure and seeded: one profile per index, its salary steps, appointments,
  evaluations, trainings, rewards and disciplines following the career rules (careers.rules), so that the
  due lists computed from the records have content. Used by the demo and by bench/personnel_generate.py.
- `load.py`: `python -m personnel.demo.load --people 3000` writes them into the personnel database through
  the service layer (validation, approved versions, outbox events, due rows, audit), idempotently."""

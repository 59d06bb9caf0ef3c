# The two commands a newcomer needs: `make run` and `make test`. Everything else is optional.
.PHONY: run stop test status reset lint backup restore

run:     ## install what is missing, start everything with demo data, print the URL
	@scripts/stack.sh up

stop:    ## stop everything (data is kept)
	@scripts/stack.sh down

test:    ## start the servers the tests need, run every test, stop what was started
	@scripts/test.sh

status:
	@scripts/stack.sh status

reset:   ## stop and delete all local data (demo data is loaded again by the next `make run`)
	@scripts/stack.sh reset

lint:
	@.venv/bin/ruff check libs services tests scripts bench

backup:  ## one backup now (PostgreSQL by pgBackRest, documents, Keycloak realm) into .stack/backups
	@scripts/backup.sh $(TYPE)

restore: ## restore the stack from .stack/backups: make restore [TIME='2026-12-04 09:30:00+07'] [SET=label]
	@scripts/restore.sh $(if $(TIME),--time '$(TIME)') $(if $(SET),--set '$(SET)')

#!/usr/bin/env bash
# Restores a backup made by openup-backup.sh onto an EMPTY database (the same settings as for WildFly):
#
#   PostgreSQL: create the empty database first (createdb -O openup openup), then
#               openup-restore.sh openup-STAMP.dump       (WildFly may run: it reconnects by itself)
#   H2:         with WildFly stopped, openup-restore.sh openup-STAMP.zip   (into OPENUP_H2_DIR, default ~/.openup)
#
# It refuses a database that already holds the application's tables: restoring over data would mix two states.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/openup-db.sh"
file="${1:?usage: openup-restore.sh BACKUP-FILE}"
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 1; }

if openup_is_postgresql; then
    tables="$(PGPASSWORD="$OPENUP_DB_PASSWORD" psql -h "$PGHOST_" -p "$PGPORT_" -U "$OPENUP_DB_USER" -d "$PGDB_" \
        -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
    if [ "$tables" != "0" ]; then
        echo "the database $PGDB_ is not empty ($tables tables): restore onto an empty one" >&2
        exit 1
    fi
    PGPASSWORD="$OPENUP_DB_PASSWORD" pg_restore -h "$PGHOST_" -p "$PGPORT_" -U "$OPENUP_DB_USER" -d "$PGDB_" \
        --no-owner --exit-on-error --single-transaction "$file"
else
    openup_h2_closed
    if [ -e "$H2DIR_/openup.mv.db" ]; then
        echo "$H2DIR_/openup.mv.db exists: move it away first, restore onto an empty place" >&2
        exit 1
    fi
    mkdir -p "$H2DIR_"
    java -cp "$(openup_h2_jar)" org.h2.tools.Restore -file "$file" -dir "$H2DIR_" -db openup -quiet
fi
echo "restored $file"

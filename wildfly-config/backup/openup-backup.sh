#!/usr/bin/env bash
# Backs up everything the OPEN UP application keeps: its database, which holds the stored documents too (there are
# no files beside it). Writes one file and prints its path.
#
#   PostgreSQL (OPENUP_DB_URL=jdbc:postgresql://HOST:PORT/DB, OPENUP_DB_USER, OPENUP_DB_PASSWORD, as for WildFly):
#       pg_dump in custom format, while the application runs (a consistent snapshot) -> DIR/openup-STAMP.dump
#       (without the schema cluster of a cluster's nodes: who is a member and the web sessions, which the nodes make
#       again when they start)
#   H2 (the one-command default, OPENUP_H2_DIR, default ~/.openup): H2's own backup of the database file, with
#       WildFly stopped (H2 keeps the file locked while it runs)                -> DIR/openup-STAMP.zip
#
# Usage: openup-backup.sh [DIR]        (DIR: where to write, default the current directory)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/openup-db.sh"
dir="${1:-.}"
mkdir -p "$dir"
stamp="$(date +%Y-%m-%d-%H%M%S)"

if openup_is_postgresql; then
    out="$dir/openup-$stamp.dump"
    PGPASSWORD="$OPENUP_DB_PASSWORD" pg_dump -h "$PGHOST_" -p "$PGPORT_" -U "$OPENUP_DB_USER" \
        --format=custom --compress=6 --no-owner --exclude-schema=cluster --file="$out" "$PGDB_"
    pg_restore --list "$out" > /dev/null # the file is whole and readable
else
    openup_h2_closed
    out="$dir/openup-$stamp.zip"
    java -cp "$(openup_h2_jar)" org.h2.tools.Backup -file "$out" -dir "$H2DIR_" -db openup -quiet
fi
echo "$out"

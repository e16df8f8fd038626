#!/usr/bin/env bash
# Kept for old notes: sends a payload file signed Standard-Webhooks style. The jar does it now:
#
#   java -jar bootstrap/target/proctor-reviews.jar sign --send --url <url> [--secret <whsec_…>] <body-file>
#
#   scripts/signed-callback.sh <url> <whsec_secret> <body-file>
set -euo pipefail
if [ $# -ne 3 ]; then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
exec java -jar "$(dirname "$0")/../bootstrap/target/proctor-reviews.jar" sign --send --url "$1" --secret "$2" "$3"

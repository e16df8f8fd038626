#!/usr/bin/env bash
# Sends a vendor callback signed as the Standard Webhooks specification says, the way a vendor would.
#
#   scripts/signed-callback.sh <url> <whsec_secret> <body-file> [extra curl arguments...]
#
# Example (SoftwareSecure):
#   scripts/signed-callback.sh http://localhost:7070/callbacks/software-secure "$SS_SECRET" review.json
# Needs bash, curl, openssl and base64. Prints the HTTP status line and the answer.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi
url=$1 secret=$2 body=$3
shift 3
key_hex=$(printf '%s' "${secret#whsec_}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
id="msg_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
timestamp=$(date +%s)
signature=$( { printf '%s.%s.' "$id" "$timestamp"; cat "$body"; } \
  | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64 -w0)
curl -sS -i -X POST "$url" \
  -H "webhook-id: $id" -H "webhook-timestamp: $timestamp" -H "webhook-signature: v1,$signature" \
  -H "Content-Type: application/json" --data-binary "@$body" "$@"
echo

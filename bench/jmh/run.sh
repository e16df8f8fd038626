#!/usr/bin/env bash
# Builds and runs the JMH micro-benchmarks. Extra arguments go to JMH (e.g. -f 1 -wi 3 -i 5 Parser).
set -euo pipefail
cd "$(dirname "$0")"
(cd ../.. && mvn -B -q -DskipTests install)
mvn -B -q package
exec java -jar target/benchmarks.jar "$@"

#!/bin/bash
# Fast developer loop without Tycho: compiles the given bundles (plus core) and their test
# fragments with javac and runs the JUnit 5 tests on the plain classpath. Tests that need OSGi
# (class names ending in OsgiTest or UiTest) are skipped here, and so are the p2-bound classes of
# the cli bundle (plugins package, BatchApplication); the Tycho build runs everything.
# usage: releng/tools/devtest.sh [--select-class CLASS] org.petrobench.isocon org.petrobench.isocon.engine ...
set -e
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
R="$HOME/.m2/repository"
SELECT=()
if [ "$1" = "--select-class" ]; then SELECT=(--select-class "$2"); shift 2; fi
CP="$R/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar:$R/org/ejml/ejml-core/0.43.1/ejml-core-0.43.1.jar:$R/org/ejml/ejml-ddense/0.43.1/ejml-ddense-0.43.1.jar"
CP="$CP:$R/com/fasterxml/jackson/core/jackson-databind/2.17.2/jackson-databind-2.17.2.jar:$R/com/fasterxml/jackson/core/jackson-core/2.17.2/jackson-core-2.17.2.jar:$R/com/fasterxml/jackson/core/jackson-annotations/2.17.2/jackson-annotations-2.17.2.jar"
CP="$CP:$R/org/eclipse/platform/org.eclipse.equinox.app/1.7.100/org.eclipse.equinox.app-1.7.100.jar:$R/org/eclipse/platform/org.eclipse.equinox.common/3.19.100/org.eclipse.equinox.common-3.19.100.jar:$R/org/eclipse/platform/org.eclipse.osgi/3.21.0/org.eclipse.osgi-3.21.0.jar:$R/org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar:$R/org/osgi/org.osgi.service.component/1.5.1/org.osgi.service.component-1.5.1.jar:$R/org/osgi/org.osgi.util.tracker/1.5.4/org.osgi.util.tracker-1.5.4.jar"
JUNIT="$R/org/junit/platform/junit-platform-console-standalone/1.10.3/junit-platform-console-standalone-1.10.3.jar"
OUT="${DEVTEST_OUT:-/tmp/devtest-$$}"
rm -rf "$OUT"; mkdir -p "$OUT/main" "$OUT/test"
BUNDLES=(org.petrobench.core "$@")
SRC=(); TSRC=()
for b in "${BUNDLES[@]}"; do
  [ -d "$ROOT/bundles/$b/src" ] && SRC+=($(find "$ROOT/bundles/$b/src" -name '*.java' ! -path '*/cli/internal/plugins/*' ! -name BatchApplication.java))
  [ -d "$ROOT/tests/$b.tests/src" ] && TSRC+=($(find "$ROOT/tests/$b.tests/src" -name '*.java' ! -name '*OsgiTest.java' ! -name '*UiTest.java' ! -path '*/cli/internal/plugins/*'))
done
javac -nowarn -encoding UTF-8 --release 17 -cp "$CP" -d "$OUT/main" "${SRC[@]}"
for b in "${BUNDLES[@]}"; do   # non-Java resources of bundles (data files, templates)
  [ -d "$ROOT/bundles/$b/src" ] && (cd "$ROOT/bundles/$b/src" && find . -type f ! -name '*.java' -exec cp --parents {} "$OUT/main" \;)
done
if [ ${#TSRC[@]} -eq 0 ]; then echo "no tests"; exit 0; fi
javac -nowarn -encoding UTF-8 --release 17 -cp "$CP:$OUT/main:$JUNIT" -d "$OUT/test" "${TSRC[@]}"
for b in "${BUNDLES[@]}"; do
  [ -d "$ROOT/tests/$b.tests/src" ] && (cd "$ROOT/tests/$b.tests/src" && find . -type f ! -name '*.java' -exec cp --parents {} "$OUT/test" \;)
done
cd "$ROOT/tests"
if [ ${#SELECT[@]} -eq 0 ]; then SELECT=(--scan-classpath "$OUT/test"); fi
java -Xmx4g -jar "$JUNIT" -cp "$CP:$OUT/main:$OUT/test" "${SELECT[@]}" --disable-banner --details=summary --details-theme=ascii

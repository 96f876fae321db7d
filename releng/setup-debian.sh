#!/bin/sh
# Installs the system packages PetroBench needs on Debian (bookworm or trixie): JDK 17, Maven
# (which bootstraps Maven 3.9 through ./mvnw), Xvfb for the UI tests, the GTK 3 runtime for SWT.
# Does nothing when they are present; uses sudo when not run as root.
set -e
missing=""
for p in openjdk-17-jdk-headless maven unzip xvfb xauth; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
gtk_missing=true
if dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1; then gtk_missing=false; fi
if [ -z "$missing" ] && [ "$gtk_missing" = false ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
if [ "$gtk_missing" = true ]; then
  # bookworm calls it libgtk-3-0, trixie libgtk-3-0t64
  if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then missing="$missing libgtk-3-0t64"; else missing="$missing libgtk-3-0"; fi
fi
echo "setup: installing$missing" >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

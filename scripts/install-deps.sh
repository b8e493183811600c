#!/usr/bin/env bash
# Installs what building and testing jlcc needs on Debian 12, only when something is missing.
set -eu
pkgs=(cmake ninja-build ccache g++ clang libclang-rt-14-dev libboost-program-options-dev libgtest-dev
      libpcre2-dev libbenchmark-dev file)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

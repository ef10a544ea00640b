#!/usr/bin/env python3
"""Writes a tiny raw BTF file, to stand for a target kernel in tests.

Usage: make_btf.py OUT 'struct NAME: FIELD@BYTEOFFSET ...' ...

Every field is an `unsigned int` (4 bytes); a struct's size is its last
field's end. The output has the layout of /sys/kernel/btf/vmlinux (a BTF
header, the type section, the string section), so tests can say "the target
kernel has this struct with these fields" in a few hundred bytes, without
committing a binary.
"""
import struct
import sys

BTF_MAGIC = 0xEB9F
KIND_INT = 1
KIND_STRUCT = 4


def main():
    out = sys.argv[1]
    strings = bytearray(b"\0")

    def name(text):
        off = len(strings)
        strings.extend(text.encode() + b"\0")
        return off

    types = bytearray()
    # [1] unsigned int: 32 bits, no encoding flags.
    types += struct.pack("<III", name("unsigned int"), KIND_INT << 24, 4)
    types += struct.pack("<I", 32)
    for spec in sys.argv[2:]:
        head, _, fields = spec.partition(":")
        kind, sname = head.split()
        assert kind == "struct", spec
        members = []
        size = 0
        for field in fields.split():
            fname, _, off = field.partition("@")
            members.append((fname, int(off)))
            size = max(size, int(off) + 4)
        types += struct.pack("<III", name(sname),
                             (KIND_STRUCT << 24) | len(members), size)
        for fname, off in members:
            types += struct.pack("<III", name(fname), 1, off * 8)
    header = struct.pack("<HBBIIIII", BTF_MAGIC, 1, 0, 24, 0, len(types),
                         len(types), len(strings))
    with open(out, "wb") as f:
        f.write(header + bytes(types) + bytes(strings))


if __name__ == "__main__":
    main()

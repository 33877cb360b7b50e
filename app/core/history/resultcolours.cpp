#include "resultcolours.h"

namespace tricheck::history {

ResultColours resultColours(api::StatusRole role, bool dark)
{
    // Light variants on white-ish bases, dark ones on #1f2124.
    switch (role) {
    case api::StatusRole::Pass:
        return dark ? ResultColours{0x1b3324, 0xa8e6b8, 0x4cc26f} : ResultColours{0xe6f4ea, 0x0d4a22, 0x1e8e3e};
    case api::StatusRole::Mismatch:
        return dark ? ResultColours{0x3f1f1f, 0xffb4ab, 0xff6b5e} : ResultColours{0xfce8e6, 0x8c1d18, 0xd93025};
    case api::StatusRole::PartialMismatch:
        return dark ? ResultColours{0x3d2d12, 0xffd08a, 0xffa63d} : ResultColours{0xfef1dc, 0x6e3a00, 0xe37400};
    case api::StatusRole::NoRecord:
        return dark ? ResultColours{0x28303a, 0xc8d2de, 0x9aa6b4} : ResultColours{0xe8ecf1, 0x2e3a46, 0x5f6b7a};
    case api::StatusRole::Error:
        return dark ? ResultColours{0x332440, 0xdfc6f6, 0xb883e8} : ResultColours{0xf3e8fd, 0x54247e, 0x8e44ad};
    case api::StatusRole::Unknown:
        break;
    }
    return dark ? ResultColours{0x2d2f31, 0xd6d9dc, 0x9aa0a6} : ResultColours{0xf1f3f4, 0x303336, 0x80868b};
}

} // namespace tricheck::history

/* Stand-in for HotSpot's jvm_md.h, which the builder's container support includes but reads nothing from. */

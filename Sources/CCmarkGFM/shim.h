// The cmark-gfm C library and its GitHub extensions (table, autolink, strikethrough, tagfilter).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

import Foundation

/// URL slugs: ASCII, lowercase, hyphenated, at most `limit` characters, never empty, never a path.
public enum Slug {
    public static func make(_ text: String, limit: Int = 60) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        slug = slug.lowercased()
        if slug.count > limit {
            let cut = slug.prefix(limit)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        return slug.isEmpty ? "untitled" : slug
    }

    /// Slugs from content: each name's slug, and where two names (or a reserved word) would share one,
    /// every one of them gets the first hex digits of a digest of its `identity` (a content digest, a
    /// normalised name). No slug depends on what else is in the list or in which order, so adding or
    /// removing other entries moves no page, except where it creates or ends a clash.
    public static func fromContent(_ entries: [(name: String, identity: String)], reserved: Set<String> = []) -> [String] {
        let bases = entries.map { make($0.name) }
        var counts: [String: Int] = [:]
        for base in bases { counts[base, default: 0] += 1 }
        var used = Set<String>()
        return zip(bases, entries).map { base, entry in
            var slug = base
            if counts[base, default: 0] > 1 || reserved.contains(base) {
                slug = base + "-" + String(ContentDigest.hex(Array(entry.identity.utf8)).prefix(6))
            }
            // Two entries with the same identity and name: the content is the same, the order decides.
            var candidate = slug
            var counter = 2
            while !used.insert(candidate).inserted {
                candidate = "\(slug)-\(counter)"
                counter += 1
            }
            return candidate
        }
    }

    /// Slugs for `names` in order, made unique with `-2`, `-3`… and kept clear of `reserved`.
    public static func unique(_ names: [String], reserved: Set<String> = []) -> [String] {
        var used = reserved
        return names.map { name in
            let base = make(name)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}

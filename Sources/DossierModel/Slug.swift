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

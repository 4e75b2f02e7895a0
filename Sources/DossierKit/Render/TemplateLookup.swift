import Mustache

// The views that pages repeat hundreds of times (citations, events, rows, paragraphs) answer Mustache's
// lookups directly instead of through `Mirror`, which dominated render time on large dossiers.
// `TemplateLookupTests` checks that each answers every one of its stored properties.

extension CitationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "sentence": sentence
        default: nil
        }
    }
}

extension SourcedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "source": source
        case "variants": variants
        case "hasVariants": hasVariants
        default: nil
        }
    }
}

extension PersonRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "name": self.name
        case "role": role
        case "articleCount": articleCount
        case "mentionCount": mentionCount
        case "quoteCount": quoteCount
        default: nil
        }
    }
}

extension MentionGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "articleTitle": articleTitle
        case "articleHref": articleHref
        case "outlet": outlet
        case "mentions": mentions
        default: nil
        }
    }
}

extension EventView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "dateISO": dateISO
        case "text": text
        case "upcoming": upcoming
        case "approximate": approximate
        case "sources": sources
        case "people": people
        case "hasPeople": hasPeople
        default: nil
        }
    }
}

extension PersonLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "name": self.name
        default: nil
        }
    }
}

extension FigureRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "display": display
        case "subject": subject
        case "when": when
        case "qualifier": qualifier
        case "vague": vague
        case "source": source
        default: nil
        }
    }
}

extension BlockView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isParagraph": isParagraph
        case "isHeading": isHeading
        case "isOther": isOther
        case "id": id
        case "html": html
        default: nil
        }
    }
}

extension SearchItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "entry": entry
        case "title": title
        case "detail": detail
        case "href": href
        default: nil
        }
    }
}

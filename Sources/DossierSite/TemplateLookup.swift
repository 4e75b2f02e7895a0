import DossierTemplates

// Each view answers its fields by name (`TemplateObject`), so rendering needs no reflection.
// `TemplateLookupTests` checks that every stored property is answered.

extension CitationView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "href": href.templateValue
        case "label": label.templateValue
        case "sentence": sentence.templateValue
        default: nil
        }
    }
}

extension SourcedView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "text": text.templateValue
        case "source": source.templateValue
        case "variants": variants.templateValue
        case "hasVariants": hasVariants.templateValue
        case "alsoIn": alsoIn.templateValue
        default: nil
        }
    }
}

extension PersonRow: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "href": href.templateValue
        case "name": name.templateValue
        case "role": role.templateValue
        case "articleCount": articleCount.templateValue
        case "mentionCount": mentionCount.templateValue
        case "quoteCount": quoteCount.templateValue
        case "counts": counts.templateValue
        default: nil
        }
    }
}

extension PersonLink: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "href": href.templateValue
        case "name": name.templateValue
        default: nil
        }
    }
}

extension MentionGroup: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "articleTitle": articleTitle.templateValue
        case "articleHref": articleHref.templateValue
        case "outlet": outlet.templateValue
        case "count": count.templateValue
        case "mentions": mentions.templateValue
        case "more": more.templateValue
        default: nil
        }
    }
}

extension EventView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "id": id.templateValue
        case "label": label.templateValue
        case "dateISO": dateISO.templateValue
        case "text": text.templateValue
        case "upcoming": upcoming.templateValue
        case "approximate": approximate.templateValue
        case "sources": sources.templateValue
        case "otherSources": otherSources.templateValue
        case "otherSourcesLabel": otherSourcesLabel.templateValue
        case "timelineHref": timelineHref.templateValue
        case "people": people.templateValue
        case "hasPeople": hasPeople.templateValue
        case "morePeopleLabel": morePeopleLabel.templateValue
        case "expectedLabel": expectedLabel.templateValue
        default: nil
        }
    }
}

extension YearGroup: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "year": year.templateValue
        case "id": id.templateValue
        case "events": events.templateValue
        default: nil
        }
    }
}

extension FigureRow: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "display": display.templateValue
        case "subject": subject.templateValue
        case "when": when.templateValue
        case "qualifier": qualifier.templateValue
        case "vague": vague.templateValue
        case "source": source.templateValue
        default: nil
        }
    }
}

extension FigureGroupView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "id": id.templateValue
        case "label": label.templateValue
        case "rows": rows.templateValue
        case "disagreements": disagreements.templateValue
        case "hasDisagreements": hasDisagreements.templateValue
        case "href": href.templateValue
        case "chart": chart.templateValue
        case "hasChart": (!chart.isEmpty).templateValue
        default: nil
        }
    }
}

extension SourceRow: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "href": href.templateValue
        case "title": title.templateValue
        case "titleDerived": titleDerived.templateValue
        case "credit": credit.templateValue
        case "date": date.templateValue
        case "dateISO": dateISO.templateValue
        case "dateInferred": dateInferred.templateValue
        default: nil
        }
    }
}

extension VersionRow: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "credit": credit.templateValue
        case "title": title.templateValue
        case "date": date.templateValue
        case "dateISO": dateISO.templateValue
        case "href": href.templateValue
        default: nil
        }
    }
}

extension BlockView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "isParagraph": isParagraph.templateValue
        case "isHeading": isHeading.templateValue
        case "isOther": isOther.templateValue
        case "id": id.templateValue
        case "html": html.templateValue
        case "number": number.templateValue
        default: nil
        }
    }
}

extension CaptionView: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "id": id.templateValue
        case "text": text.templateValue
        default: nil
        }
    }
}

extension SearchItem: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "entry": entry.templateValue
        case "title": title.templateValue
        case "detail": detail.templateValue
        case "href": href.templateValue
        default: nil
        }
    }
}

extension SearchGroup: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "id": id.templateValue
        case "label": label.templateValue
        case "items": items.templateValue
        case "count": count.templateValue
        default: nil
        }
    }
}

extension IndexContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "title": title.templateValue
        case "lede": lede.templateValue
        case "sources": sources.templateValue
        case "keyPeople": keyPeople.templateValue
        case "hasPeople": hasPeople.templateValue
        case "peopleCount": peopleCount.templateValue
        case "peopleHref": peopleHref.templateValue
        case "keyFigures": keyFigures.templateValue
        case "hasFigures": hasFigures.templateValue
        case "figuresHref": figuresHref.templateValue
        case "keyEvents": keyEvents.templateValue
        case "hasEvents": hasEvents.templateValue
        case "timelineHref": timelineHref.templateValue
        default: nil
        }
    }
}

extension ArticleContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "title": title.templateValue
        case "titleDerived": titleDerived.templateValue
        case "deck": deck.templateValue
        case "section": section.templateValue
        case "outlet": outlet.templateValue
        case "authors": authors.templateValue
        case "contributors": contributors.templateValue
        case "date": date.templateValue
        case "dateISO": dateISO.templateValue
        case "dateInferred": dateInferred.templateValue
        case "dateNote": dateNote.templateValue
        case "dateline": dateline.templateValue
        case "url": url.templateValue
        case "markdownHref": markdownHref.templateValue
        case "sourceHref": sourceHref.templateValue
        case "excerpts": excerpts.templateValue
        case "excerptCount": excerptCount.templateValue
        case "paragraphCount": paragraphCount.templateValue
        case "versions": versions.templateValue
        case "hasVersions": hasVersions.templateValue
        case "versionOfTitle": versionOfTitle.templateValue
        case "versionOfHref": versionOfHref.templateValue
        case "blocks": blocks.templateValue
        case "captions": captions.templateValue
        case "hasCaptions": hasCaptions.templateValue
        case "people": people.templateValue
        case "hasPeople": hasPeople.templateValue
        case "events": events.templateValue
        case "hasEvents": hasEvents.templateValue
        default: nil
        }
    }
}

extension PeopleIndexContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "people": people.templateValue
        default: nil
        }
    }
}

extension PersonContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "name": name.templateValue
        case "aliases": aliases.templateValue
        case "role": role.templateValue
        case "roles": roles.templateValue
        case "hasRoles": hasRoles.templateValue
        case "quotes": quotes.templateValue
        case "hasQuotes": hasQuotes.templateValue
        case "mentionGroups": mentionGroups.templateValue
        case "summary": summary.templateValue
        case "alongside": alongside.templateValue
        case "hasAlongside": hasAlongside.templateValue
        case "events": events.templateValue
        case "hasEvents": hasEvents.templateValue
        default: nil
        }
    }
}

extension TimelineContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "years": years.templateValue
        case "chart": chart.templateValue
        case "hasChart": hasChart.templateValue
        case "people": people.templateValue
        case "count": count.templateValue
        default: nil
        }
    }
}

extension FiguresContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "groups": groups.templateValue
        case "count": count.templateValue
        case "csvHref": csvHref.templateValue
        case "dataHref": dataHref.templateValue
        default: nil
        }
    }
}

extension SearchContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "groups": groups.templateValue
        case "total": total.templateValue
        case "indexScriptHref": indexScriptHref.templateValue
        case "searchScriptHref": searchScriptHref.templateValue
        default: nil
        }
    }
}

extension NotFoundContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        default: nil
        }
    }
}

extension PageFrame: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "title": title.templateValue
        case "description": description.templateValue
        case "siteTitle": siteTitle.templateValue
        case "section": section.templateValue
        case "canonicalURL": canonicalURL.templateValue
        case "openGraphType": openGraphType.templateValue
        case "publishedTime": publishedTime.templateValue
        case "jsonLD": jsonLD.templateValue
        case "robots": robots.templateValue
        case "homeHref": homeHref.templateValue
        case "sourcesHref": sourcesHref.templateValue
        case "peopleHref": peopleHref.templateValue
        case "timelineHref": timelineHref.templateValue
        case "figuresHref": figuresHref.templateValue
        case "dataHref": dataHref.templateValue
        case "searchHref": searchHref.templateValue
        case "feedHref": feedHref.templateValue
        case "styleHref": styleHref.templateValue
        case "iconHref": iconHref.templateValue
        case "isHome": isHome.templateValue
        case "isPeople": isPeople.templateValue
        case "isFigures": isFigures.templateValue
        case "isTimeline": isTimeline.templateValue
        case "isSources": isSources.templateValue
        case "isSearch": isSearch.templateValue
        default: nil
        }
    }
}

/// A view that lists its own fields for the templates, so that `TemplateValue` need not reflect on it.
///
/// Only the views every page or list repeats many times conform; the fields must be what reflection gives (nested
/// views converted, nil fields left out), which `TemplateFieldsTests` checks for each of them.
protocol TemplateFields {
    var templateFields: [String: Any] { get }
}

/// Builds a field dictionary the way reflection would.
private struct Fields {
    var values: [String: Any] = [:]

    subscript(name: String) -> Any? {
        get { values[name] }
        set { if let newValue { values[name] = newValue } }
    }
}

extension Array where Element: TemplateFields {
    fileprivate var templateValues: [Any] { map { $0.templateFields } }
}

extension NavigationLink: TemplateFields {
    var templateFields: [String: Any] { ["title": title, "url": url, "current": current] }
}

extension Crumb: TemplateFields {
    var templateFields: [String: Any] {
        var f = Fields(values: ["title": title])
        f["url"] = url
        return f.values
    }
}

extension TagLink: TemplateFields {
    var templateFields: [String: Any] { ["name": name, "url": url, "count": count] }
}

extension FeedLinks: TemplateFields {
    var templateFields: [String: Any] { ["atom": atom, "json": json] }
}

extension Alternate: TemplateFields {
    var templateFields: [String: Any] {
        ["language": language, "name": name, "url": url, "absoluteURL": absoluteURL, "current": current, "exists": exists]
    }
}

extension SiteView: TemplateFields {
    var templateFields: [String: Any] {
        [
            "title": title, "organization": organization, "language": language, "homeURL": homeURL,
            "stylesheetURL": stylesheetURL, "iconURL": iconURL, "navigation": navigation.templateValues,
            "footerPages": footerPages.templateValues, "illustrative": illustrative,
        ]
    }
}

extension PageMeta: TemplateFields {
    var templateFields: [String: Any] {
        var f = Fields(values: [
            "title": title, "documentTitle": documentTitle, "description": description, "url": url,
            "canonicalURL": canonicalURL, "kind": kind, "breadcrumb": breadcrumb.templateValues, "updated": updated,
            "updatedISO": updatedISO, "feedbackURL": feedbackURL, "alternates": alternates.templateValues,
            "untranslated": untranslated, "siteFeed": siteFeed.templateFields,
        ])
        f["itemFeed"] = itemFeed?.templateFields
        return f.values
    }
}

extension NewsCard: TemplateFields {
    var templateFields: [String: Any] {
        var f = Fields(values: [
            "title": title, "url": url, "date": date, "dateISO": dateISO, "summary": summary, "tags": tags.templateValues,
        ])
        f["image"] = image
        f["imageAlt"] = imageAlt
        return f.values
    }
}

extension TaskRow: TemplateFields {
    var templateFields: [String: Any] {
        var f = Fields(values: [
            "id": id, "title": title, "url": url, "areaTitle": areaTitle, "areaURL": areaURL, "lead": lead, "due": due,
            "status": status, "statusLabel": statusLabel, "progress": progress, "progressValue": progressValue,
            "overdue": overdue,
        ])
        f["note"] = note
        f["stale"] = stale
        return f.values
    }
}

extension IndicatorCard: TemplateFields {
    var templateFields: [String: Any] {
        var f = Fields(values: [
            "id": id, "title": title, "url": url, "areaTitle": areaTitle, "target": target, "standing": standing,
            "standingLabel": standingLabel,
        ])
        f["latest"] = latest
        f["latestPeriod"] = latestPeriod
        f["distance"] = distance
        f["lastUpdate"] = lastUpdate
        f["nextExpected"] = nextExpected
        f["stale"] = stale
        f["sparkline"] = sparkline
        return f.values
    }
}

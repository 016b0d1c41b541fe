/// Which output files a rebuild renders: all of them, or only those a news edit can change.
public enum RenderScope: Sendable {
    case all
    /// The pages an edit of news stories changes, in every language; see `NewsEdit`.
    case news(NewsEdit)

    /// What an edit of news stories changes (`RenderScope.news(edited:before:after:)` works it out): the stories'
    /// pages (`items`), the list pages whose stories or headers changed (news list, archive and tag pages, the
    /// tag index and the home page), the feeds that carry them (`feeds`, folders; "" is the site's), and the
    /// pages and feeds of the tasks and indicators they name, before and after the edit (`related`). When stories
    /// moved (`moved`), the sitemap is written again and pages may have appeared; `removed` are the files, under
    /// their edition's prefix, that no longer exist.
    public struct NewsEdit: Sendable {
        /// The source paths of the edited stories (originals: a translation's edit counts as its original's).
        var stories: Set<String> = [] {
            didSet { storyList = Array(stories) }
        }
        var items: Set<String> = []
        var related: Set<String> = []
        var lists: Set<String> = []
        var feeds: Set<String> = []
        var moved = false
        var removed: Set<String> = []
        /// `stories` again, for asking of every story: a short list is searched faster than a set is hashed.
        private var storyList: [String] = []

        func isEdited(_ story: NewsItem) -> Bool {
            let path = story.origin.path
            return storyList.count > 8 ? stories.contains(path) : storyList.contains(path)
        }
    }

    var isPartial: Bool {
        if case .all = self { return false }
        return true
    }

    /// Files of the last build that this one no longer has, with their edition's prefix.
    var removedFiles: Set<String> {
        guard case let .news(edit) = self else { return [] }
        return edit.removed
    }

    /// Whether this rebuild is known to leave every page where it was: a news edit that moved no story.
    var keepsPages: Bool {
        guard case let .news(edit) = self else { return false }
        return !edit.moved
    }

    /// The stories whose pages this rebuild renders; with a sitemap to write, every story still passes by.
    func stories(of news: [NewsItem]) -> [NewsItem] {
        guard case let .news(edit) = self, !edit.moved else { return news }
        return news.filter(edit.isEdited)
    }

    /// Whether this rebuild leaves the page of `story` as it was: a news edit renders the edited stories only.
    func leavesOut(story: NewsItem) -> Bool {
        guard case let .news(edit) = self else { return false }
        return !edit.isEdited(story)
    }

    /// Whether the file at `path` (within its edition) must be rendered again.
    func includes(_ path: String) -> Bool {
        switch self {
        case .all:
            return true
        case let .news(edit):
            if path == "sitemap.xml" { return edit.moved }
            if path.hasSuffix("feed.xml") || path.hasSuffix("feed.json") {
                let folder = String(path.dropLast(path.hasSuffix("feed.xml") ? 8 : 9))
                return edit.feeds.contains(folder) || edit.related.contains(folder + "index.html")
            }
            let isList = path == "index.html" || path.hasPrefix(Permalinks.tags) || path == Permalinks.news + "index.html"
                || path.hasPrefix(Permalinks.news + "trang/") || path.hasPrefix(Permalinks.news + "luu-tru/")
            if isList { return edit.lists.contains(path) }
            return edit.items.contains(path) || edit.related.contains(path)
        }
    }
}

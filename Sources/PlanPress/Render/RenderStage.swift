/// Stage 4: render every page of every language edition through the theme's templates, handing pages to the write
/// stage as they are made when it gives a sink.
enum RenderStage {
    /// Renders every edition; page kinds render concurrently unless `parallel` is false (tests compare the two).
    /// With a `sink`, each page is handed to it as soon as it is rendered and comes back with `written` set.
    /// `editions` is `editionMap(sites, theme:)`, which the preview keeps while no page appears or goes.
    static func run(
        _ sites: [ResolvedSite], theme: Theme, scope: RenderScope = .all, parallel: Bool = true,
        editions: EditionMap? = nil, keepsViewsUntilExit: Bool = false, sink: (@Sendable (RenderedFile) -> Void)? = nil
    ) throws(TemplateError) -> [RenderedFile] {
        let editions = editions ?? editionMap(sites, theme: theme)
        var files: [RenderedFile] = []
        var pagesByEdition: [(Edition, [String])] = []
        for site in sites {
            var edition = try render(
                site, theme: theme, editions: editions, scope: scope, parallel: parallel,
                keepsViewsUntilExit: keepsViewsUntilExit, sink: sink)
            pagesByEdition.append((site.edition, edition.compactMap(\.sitePath)))
            edition.removeAll { $0.skipped }
            if files.isEmpty { files = edition } else { files += edition }
        }
        if let site = sites.first, scope.includes("sitemap.xml") {
            let lastModified = [site.latestReport?.published, site.news.first?.date].compactMap { $0 }.max()
            files.append(SiteFiles.sitemap(pagesByEdition, editions: editions, base: site.config.baseURL, lastModified: lastModified))
            files.append(SiteFiles.robots(base: site.config.baseURL))
        }
        return files
    }

    /// Which pages exist in which edition, with each edition's name in its own language.
    static func editionMap(_ sites: [ResolvedSite], theme: Theme) -> EditionMap {
        let names = Dictionary(uniqueKeysWithValues: sites.map { ($0.language, theme.localizer(for: $0.language).t("language_name")) })
        return EditionMap(sites: sites, names: names)
    }

    /// One edition: its pages under its path prefix, and its 404 page.
    static func render(
        _ site: ResolvedSite, theme: Theme, editions: EditionMap, scope: RenderScope = .all, parallel: Bool = true,
        keepsViewsUntilExit: Bool = false, sink: (@Sendable (RenderedFile) -> Void)? = nil
    ) throws(TemplateError) -> [RenderedFile] {
        let views = ViewFactory(
            site: site, l: theme.localizer(for: site.language),
            markdown: MarkdownRenderer(allowRawHTML: site.config.allowRawHTML), editions: editions, theme: theme)
        // The views' caches (story cards, feed entries) held a whole site's data: freeing it took a core 40 ms.
        if keepsViewsUntilExit { ContentLifetime.keepUntilExit(views) }
        let prefix = site.edition.pathPrefix
        // Pages are written under their edition's prefix; the sink sees the final path.
        let editionSink = sink.map { sink in
            { @Sendable (file: RenderedFile) in
                var file = file
                file.path = prefix + file.path
                sink(file)
            }
        }
        let r = PageRenderer(views: views, theme: theme, scope: scope, sink: editionSink)
        // Jobs run on every core, the long ones first; their files come back in this order, which the sitemap follows.
        let jobs: [ParallelJobs.Job] = [
            .init(startsFirst: true) { site.edition.isDefault && !scope.isPartial ? OpenDataFiles.render(site) : [] },
            .init(startsFirst: true) { try NewsPages.lists(r) },
        ] + NewsPages.storyJobs(r) + [
            .init(startsFirst: true) { try TaskPages.render(r) },
            .init(startsFirst: true) { FeedFiles.render(views, scope: scope) },
            .init(startsFirst: true) {
                var files = try HomePage.render(r)
                files.append(try PlanPage.render(r))
                files += try AreaPages.render(r)
                files += try IndicatorPages.render(r)
                files += try ReportPages.render(r)
                return files
            },
            .init(startsFirst: true) { try TagPages.render(r) },
            .init {
                var files = try FreePages.render(r)
                files.append(try StatusSummaryPage.render(r))
                files.append(try OpenDataPage.render(r))
                files += try AssessmentPages.render(r)
                files.append(try FreePages.notFound(r))
                return files
            },
        ]
        var files: [RenderedFile]
        do {
            // Each job writes what it made on its own thread, so that the write stage is left with the sitemap.
            files = try ParallelJobs.run(
                jobs.map { job in ParallelJobs.Job(startsFirst: job.startsFirst) { r.hand(try job.run()) } },
                parallel: parallel)
        } catch let error as TemplateError {
            throw error
        } catch {
            throw TemplateError.notFound(name: "\(error)", theme: theme.name)
        }
        for index in files.indices where !files[index].skipped {
            files[index].skipped = !scope.includes(files[index].path)
            files[index].path = prefix + files[index].path
        }
        return files
    }
}

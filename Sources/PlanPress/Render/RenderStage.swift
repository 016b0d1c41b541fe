/// Stage 4: render every page of the resolved site through the theme's templates, in memory.
enum RenderStage {
    static func run(_ site: ResolvedSite, theme: Theme) throws(TemplateError) -> [RenderedFile] {
        let views = ViewFactory(
            site: site, l: theme.localizer, markdown: MarkdownRenderer(allowRawHTML: site.config.allowRawHTML))
        let r = PageRenderer(views: views, theme: theme)
        var files = [try HomePage.render(r), try PlanPage.render(r)]
        files += try AreaPages.render(r)
        files += try TaskPages.render(r)
        files += try IndicatorPages.render(r)
        files += try ReportPages.render(r)
        files += try NewsPages.render(r)
        files += try TagPages.render(r)
        files += try FreePages.render(r)
        let lastModified = [site.latestReport?.published, site.news.first?.date].compactMap { $0 }.max()
        files.append(SiteFiles.sitemap(for: files, base: site.config.baseURL, lastModified: lastModified))
        files.append(try FreePages.notFound(r))
        files.append(SiteFiles.robots(base: site.config.baseURL))
        return files
    }
}

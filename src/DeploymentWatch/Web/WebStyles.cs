namespace DeploymentWatch.Web;

/// <summary>The one stylesheet, served from the binary (no CDN, no build step).</summary>
internal static class WebStyles
{
    public const string Path = "/static/site.css";

    public const string Css = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
        header { display: flex; gap: 2rem; align-items: center; padding: .7rem 1.5rem; background: #1f2933; color: #fff; }
        header nav a { color: #cbd2d9; margin-right: 1.2rem; text-decoration: none; }
        header nav a[aria-current=page] { color: #fff; border-bottom: 2px solid #f5a623; }
        main { padding: 1rem 1.5rem 3rem; max-width: 1200px; }
        h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: .8rem; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .bad { color: #b42318; font-weight: 600; }
        .ok { color: #067647; }
        .muted { color: #616e7c; }
        .range { font-size: 1.05rem; font-weight: 600; margin: .4rem 0 .8rem; }
        article.story { background: #fff; padding: .8rem 1rem; margin-bottom: .8rem; border-left: 4px solid #3e4c59; }
        article.story h2 { margin: 0 0 .3rem; }
        .topic { display: inline-block; background: #e4e7eb; border-radius: 3px; padding: 0 .4rem; margin-right: .3rem; font-size: .85rem; }
        img.chart { max-width: 100%; height: auto; background: #fff; border: 1px solid #e4e7eb; }
        textarea { width: 100%; min-height: 12rem; font: inherit; }
        input[type=url] { width: 60%; font: inherit; }
        pre { background: #fff; padding: 1rem; overflow-x: auto; white-space: pre-wrap; border: 1px solid #e4e7eb; }
        form.filter { margin-bottom: 1rem; }
        """;
}

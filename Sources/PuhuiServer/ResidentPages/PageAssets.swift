/// The pages' style sheet and their one small script, served from our own routes
/// (`/assets/puhui.css`, `/assets/locate.js`) so a page needs nothing from elsewhere and the
/// content security policy can forbid everything else.
///
/// The style follows MIIT's 《互联网网站适老化通用设计规范》 (2021) and WCAG 2.1 AA: 20 px text
/// in `rem` (the browser's zoom and text size enlarge it), line height 1.5, text contrast at
/// least 4.5:1 (the colours below are 7:1 or more on their backgrounds), states told by words
/// and icons as well as colour, touch targets at least 48 px, a visible focus ring.
enum PageAssets {
    static let css = """
        :root{font-size:125%;color:#1a1a1a;background:#fff}
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.5;overflow-wrap:break-word}
        a{color:#0b4fa3;text-decoration:underline;text-underline-offset:.15em}
        a:focus,button:focus,input:focus,select:focus,summary:focus,main:focus{outline:3px solid #b35900;outline-offset:2px}
        .skip{position:absolute;left:.5rem;top:-4rem;background:#fff;padding:.75rem 1rem;z-index:2;border:2px solid #0b4fa3}
        .skip:focus{top:.5rem}
        header.site,footer.site,main{max-width:48rem;margin:0 auto;padding:.75rem 1rem}
        header.site{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;border-bottom:2px solid #d0d7de}
        .site-name{margin:0;font-weight:700}
        .site-name a,.lang-switch,footer.site a,.pager a,.button-link,.hit h2 a,.suggestion a{display:inline-flex;align-items:center;min-height:48px;padding:.25rem .5rem}
        .lang-switch{border:2px solid #0b4fa3;border-radius:.4rem;font-weight:700}
        footer.site{border-top:2px solid #d0d7de;margin-top:2rem;font-size:.9rem}
        h1{font-size:1.6rem;line-height:1.3;margin:.75rem 0;overflow-wrap:anywhere}
        h2{font-size:1.25rem;line-height:1.3;margin:1.25rem 0 .5rem}
        .lead{font-size:1.1rem}
        .notice{background:#fff4e0;border-left:6px solid #7a4a00;padding:.5rem .75rem}
        fieldset{border:2px solid #d0d7de;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem 1rem;min-width:0}
        legend{font-weight:700;padding:0 .25rem}
        .field{margin:.75rem 0}
        .field label{display:block;font-weight:700;margin-bottom:.25rem}
        .field.check{display:flex;align-items:center;gap:.75rem}
        .field.check label{margin:0;font-weight:400}
        .field.check input{width:32px;height:32px;margin:8px 0;flex:none}
        input[type=text],select{width:100%;max-width:100%;min-height:48px;font:inherit;padding:.4rem .6rem;border:2px solid #57606a;border-radius:.4rem;background:#fff;color:#1a1a1a}
        .hint{margin:.25rem 0 0;color:#404040;font-size:.9rem}
        button{font:inherit;min-height:48px;min-width:48px;padding:.5rem 1.25rem;border-radius:.4rem;cursor:pointer}
        button.primary{background:#0b4fa3;color:#fff;border:2px solid #0b4fa3;font-weight:700}
        button.secondary{background:#fff;color:#0b4fa3;border:2px solid #0b4fa3;margin-top:.5rem}
        button[hidden]{display:none}
        .hits{padding-left:1.5rem}
        .hit{margin:0 0 1rem;padding:.5rem 0 .75rem;border-bottom:1px solid #d0d7de}
        .hit h2{margin:0;font-size:1.2rem}
        .hit h2 a{padding-left:0}
        dl{margin:.25rem 0;display:grid;grid-template-columns:minmax(0,7em) minmax(0,1fr);gap:.2rem .75rem}
        dt{font-weight:700;overflow-wrap:anywhere}
        dd{margin:0;overflow-wrap:anywhere}
        .record dt,.record dd{border-bottom:1px solid #e6e9ed;padding:.35rem 0}
        .map{margin:1rem 0}
        .map svg{width:100%;height:auto;border:2px solid #57606a;border-radius:.4rem;display:block}
        .map figcaption{font-size:.9rem;color:#404040;margin-top:.25rem}
        .map-bg{fill:#f6f8fa}
        .ring{fill:none;stroke:#57606a;stroke-width:2;stroke-dasharray:8 6}
        .centre,.scale{fill:none;stroke:#1a1a1a;stroke-width:3}
        .leader{fill:none;stroke:#1a1a1a;stroke-width:1.5}.leader-dot{fill:#1a1a1a}
        .hit.elder{fill:#a3330b;stroke:#fff;stroke-width:2}
        .hit.childcare{fill:#0b4fa3;stroke:#fff;stroke-width:2}
        .hit-number{fill:#fff;font-size:15px;font-weight:700;text-anchor:middle}
        .map-label{fill:#1a1a1a;font-size:16px}
        .pager{display:flex;gap:1rem;flex-wrap:wrap}
        .note{color:#404040;font-size:.9rem}
        details.change{margin-top:1.5rem}
        summary{min-height:48px;display:flex;align-items:center;cursor:pointer;font-weight:700;color:#0b4fa3}
        .table{overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top;overflow-wrap:normal}
        td{white-space:nowrap}
        td:last-child{white-space:normal}
        .status{border:4px solid;border-radius:.6rem;padding:.75rem 1rem;margin:1rem 0}
        .status-word{font-size:2.2rem;font-weight:700;line-height:1.3;margin:0;overflow-wrap:anywhere}
        .status .icon{display:inline-block;min-width:1.2em;text-align:center}
        .status-sentence{font-size:1.15rem;margin:.5rem 0 0}
        .good{background:#e8f5e9;border-color:#1b5e20;color:#0d3d12}
        .caution{background:#fff4e0;border-color:#7a4a00;color:#5c3700}
        .bad{background:#fdecea;border-color:#a4161a;color:#7f1014}
        .status a{color:inherit;font-weight:700}
        .token{border:2px solid #57606a;border-radius:.5rem;padding:.25rem 1rem;margin:1rem 0}
        .token.good{border-color:#1b5e20}
        .token.bad{border-color:#a4161a;border-width:4px}
        .token h2{margin-top:.5rem}
        .number{font-family:ui-monospace,monospace;overflow-wrap:anywhere}

        """

    /// "Use my location": shown only where the browser can locate; fills `near` with the
    /// position's WGS-84 latitude and longitude (the Geolocation API's datum), clears `place`
    /// (the search takes one or the other), and says what happened in the status line. No
    /// time limit of ours: the browser asks the resident, and nothing else happens until they answer.
    static let locateScript = """
        (function () {
          var button = document.getElementById("locate");
          var near = document.getElementById("near");
          var place = document.getElementById("place");
          var status = document.getElementById("locate-status");
          if (!button || !near || !("geolocation" in navigator)) return;
          button.hidden = false;
          button.addEventListener("click", function () {
            status.textContent = button.getAttribute("data-locating");
            navigator.geolocation.getCurrentPosition(function (position) {
              near.value = position.coords.latitude.toFixed(5) + "," + position.coords.longitude.toFixed(5);
              if (place) place.value = "";
              status.textContent = button.getAttribute("data-located");
              near.focus();
            }, function () {
              status.textContent = button.getAttribute("data-failed");
            }, { enableHighAccuracy: false, maximumAge: 60000 });
          });
        })();

        """
}

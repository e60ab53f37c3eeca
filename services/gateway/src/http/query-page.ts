/**
 * A small query page for development, served by the gateway itself: Apollo's landing pages load
 * their code from a CDN, which a developer's machine may not reach. Inline script and style run
 * under a per-response nonce, so the page's CSP allows nothing else.
 */
export function queryPageHtml(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tapestry GraphQL</title>
<style nonce="${nonce}">
  body { font-family: system-ui, sans-serif; margin: 1rem; display: grid; gap: .5rem; grid-template-columns: 1fr 1fr; }
  header, .wide { grid-column: 1 / 3; }
  textarea, pre, input { font-family: ui-monospace, monospace; font-size: 13px; width: 100%; box-sizing: border-box; }
  textarea { height: 18rem; } pre { background: #f4f4f4; padding: .5rem; min-height: 18rem; overflow: auto; margin: 0; }
</style>
</head>
<body>
<header><h1>Tapestry GraphQL</h1><p>Development only. Sign in with the <code>login</code> mutation; its token is kept for later queries.</p></header>
<label class="wide">Bearer token <input id="token" autocomplete="off"></label>
<label>Query<textarea id="query">mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}</textarea></label>
<label>Variables (JSON)<textarea id="variables">{ "email": "", "password": "" }</textarea></label>
<div class="wide"><button id="run">Run</button></div>
<pre id="result" class="wide"></pre>
<script nonce="${nonce}">
  const $ = (id) => document.getElementById(id);
  $('token').value = localStorage.getItem('tapestry.token') || '';
  $('run').addEventListener('click', async () => {
    let variables;
    try { variables = JSON.parse($('variables').value || '{}'); }
    catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
    const token = $('token').value.trim();
    localStorage.setItem('tapestry.token', token);
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    const response = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
    const body = await response.json();
    const login = body && body.data && body.data.login;
    const issued = typeof login === 'string' ? login : login && (login.token || login.accessToken);
    if (typeof issued === 'string') { $('token').value = issued; localStorage.setItem('tapestry.token', issued); }
    $('result').textContent = 'HTTP ' + response.status + '\\n' + JSON.stringify(body, null, 2);
  });
</script>
</body>
</html>`;
}

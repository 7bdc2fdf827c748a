// Generates custom-elements.json for autodocs, IDEs and framework wrappers.
// Only the public surface is documented: private, protected, #private, @internal and
// underscore-prefixed members are stripped.
function isPublic(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name?.startsWith('_') || member.name?.startsWith('#')) return false;
  if (member.description?.includes('@internal') || member.internal) return false;
  return true;
}

// `TkX.define('tk-x')` in a define module names the tag of class TkX.
const tagNames = new Map();

function withoutInternalFlag(member) {
  const copy = { ...member };
  delete copy.internal;
  return copy;
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/chat-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tailorkit-public-only',
      analyzePhase({ ts, node, moduleDoc }) {
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.name.getText() === 'define' &&
          node.arguments.length === 1 &&
          ts.isStringLiteral(node.arguments[0])
        ) {
          tagNames.set(node.expression.expression.getText(), node.arguments[0].text);
        }
        if (!ts.isClassDeclaration(node)) return;
        const klass = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
        if (!klass) return;
        // JSDoc @internal on a member marks it as not part of the public surface.
        for (const member of node.members) {
          const tags = ts.getJSDocTags(member).map((t) => t.tagName.getText());
          if (tags.includes('internal')) {
            const name = member.name?.getText();
            const doc = klass.members?.find((m) => m.name === name);
            if (doc) doc.internal = true;
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const tag = tagNames.get(decl.name);
            if (tag && decl.kind === 'class') {
              decl.tagName = tag;
              decl.customElement = true;
              mod.exports = [
                ...(mod.exports ?? []),
                { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: mod.path } },
              ];
            }
            if (decl.members) decl.members = decl.members.filter(isPublic).map(withoutInternalFlag);
            if (decl.attributes) decl.attributes = decl.attributes.filter(isPublic);
          }
        }
      },
    },
  ],
};

export default defineBackground(() => {
  console.log('background started', browser.runtime.id);
});

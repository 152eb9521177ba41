// The least an extension page can do to show a task: one module script that adds one list item. No framework, no
// database; the new tab and the popup are measured against it.
const list = document.createElement('ul');
list.setAttribute('aria-label', "Today's tasks");
const item = document.createElement('li');
item.textContent = 'A task';
list.append(item);
document.getElementById('app')!.append(list);

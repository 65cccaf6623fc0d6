import { $plan } from '~/stores/no-contact-plan';

// The installed app opens here (the manifest's start_url): on Today while a
// plan is running, else on the home page. replace(), so Back does not return here.
location.replace(`${import.meta.env.BASE_URL}${$plan.get() ? 'today/' : ''}`);
